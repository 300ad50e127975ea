//! Analysing a document set in the background, so that the page never freezes on large input.
//!
//! The analysis runs in a Web Worker when the page can start one: the hosted build loads
//! `worker.js` beside the page; the single file builds the worker from its own inline glue
//! (see `www/boot.js`). Both run the same wasm module the page compiled, and send the result
//! back as claims/1 JSON, which the page reads into an [`Analysis`]. Where no worker can start,
//! the page reads one document at a time with an [`Analyzer`] and yields to the browser
//! between documents, so the progress bar is drawn and input is handled.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use yew::Callback;

use crate::claims::{ClaimRecord, QuantityRecord, RegionSpan};
use crate::corpus::library;
use crate::{Analysis, Analyzer, Document};

/// What a running analysis tells the page.
#[derive(Debug, Clone)]
pub enum Update {
    /// 0..1, and the documents read so far out of all.
    Progress {
        done: f64,
        read: usize,
        of: usize,
    },
    Done(Rc<Analysis>),
    Failed(String),
}

/// The page's one background analysis; starting another abandons the one before.
#[derive(Default, Clone)]
pub struct Background {
    inner: Rc<RefCell<Inner>>,
}

impl PartialEq for Background {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

#[derive(Default)]
struct Inner {
    worker: WorkerSlot,
    /// The current job; messages about any other are stale.
    job: u32,
    listener: Option<Callback<Update>>,
    /// The current job's documents, to put the sentence texts back into its result.
    documents: Rc<Vec<Document>>,
    /// The current job's records received so far (see [`RECORDS_PER_MESSAGE`]).
    quantities: Vec<QuantityRecord>,
    claims: Vec<ClaimRecord>,
    /// Each document's lines labelled by region, which claims/1 leaves out.
    regions: Vec<Vec<RegionSpan>>,
}

/// The worker sends a large analysis's quantities and claims in messages of this many records,
/// and the page reads each in its own task: one message of a hundred megabytes took seconds to
/// read, and the page could not answer meanwhile. Reading 4,000 took 100–150 ms, over the
/// 100 ms a task may take before the page feels stuck.
const RECORDS_PER_MESSAGE: usize = 2000;

#[derive(Default)]
enum WorkerSlot {
    #[default]
    NotTried,
    Running {
        worker: web_sys::Worker,
        _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    },
    /// The page cannot start a worker (no module kept, a browser that refuses…).
    Unavailable,
}

impl Background {
    /// Starts analysing `documents`; `listener` hears progress, then the result.
    pub fn analyze(
        &self,
        documents: Rc<Vec<Document>>,
        stored: String,
        listener: Callback<Update>,
    ) {
        let job = {
            let mut inner = self.inner.borrow_mut();
            inner.job = inner.job.wrapping_add(1);
            inner.listener = Some(listener);
            inner.documents = documents.clone();
            inner.quantities = Vec::new();
            inner.claims = Vec::new();
            inner.regions = Vec::new();
            inner.job
        };
        if let Some(worker) = self.worker() {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"job".into(), &JsValue::from(job));
            let _ = js_sys::Reflect::set(&message, &"documents".into(), &stored.into());
            if worker.post_message(&message).is_ok() {
                return;
            }
            self.inner.borrow_mut().worker = WorkerSlot::Unavailable;
        }
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move { this.analyze_here(job, documents).await });
    }

    /// Abandons the running analysis, if any: its result will not be shown.
    pub fn cancel(&self) {
        let mut inner = self.inner.borrow_mut();
        inner.job = inner.job.wrapping_add(1);
        inner.listener = None;
        inner.documents = Rc::default();
        inner.quantities = Vec::new();
        inner.claims = Vec::new();
        inner.regions = Vec::new();
    }

    fn tell(&self, job: u32, update: Update) {
        let listener = {
            let inner = self.inner.borrow();
            if inner.job != job {
                return;
            }
            inner.listener.clone()
        };
        if let Some(listener) = listener {
            listener.emit(update);
        }
    }

    /// On the page's own thread, a document at a time, yielding to the browser in between.
    async fn analyze_here(&self, job: u32, documents: Rc<Vec<Document>>) {
        let mut analyzer = Analyzer::new(&documents);
        loop {
            let progress = analyzer.progress();
            self.tell(
                job,
                Update::Progress {
                    done: progress.done,
                    read: progress.documents_read,
                    of: progress.documents,
                },
            );
            yield_to_browser().await;
            if self.inner.borrow().job != job {
                return;
            }
            if !analyzer.step(&documents) {
                break;
            }
        }
        let analysis = analyzer.finish(&documents);
        self.tell(job, Update::Done(Rc::new(analysis)));
    }

    /// The worker, started on first use.
    fn worker(&self) -> Option<web_sys::Worker> {
        let mut inner = self.inner.borrow_mut();
        if matches!(inner.worker, WorkerSlot::NotTried) {
            inner.worker = match self.start_worker() {
                Some((worker, on_message)) => WorkerSlot::Running {
                    worker,
                    _on_message: on_message,
                },
                None => WorkerSlot::Unavailable,
            };
        }
        match &inner.worker {
            WorkerSlot::Running { worker, .. } => Some(worker.clone()),
            _ => None,
        }
    }

    #[allow(clippy::type_complexity)]
    fn start_worker(&self) -> Option<(web_sys::Worker, Closure<dyn FnMut(web_sys::MessageEvent)>)> {
        let window = web_sys::window()?;
        let start = js_sys::Reflect::get(&window, &"claimscopeStartWorker".into()).ok()?;
        let start = start.dyn_into::<js_sys::Function>().ok()?;
        let worker = start
            .call0(&JsValue::NULL)
            .ok()?
            .dyn_into::<web_sys::Worker>()
            .ok()?;
        let this = self.clone();
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| this.heard(event.data()),
        );
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Some((worker, on_message))
    }

    fn heard(&self, data: JsValue) {
        let field = |name: &str| js_sys::Reflect::get(&data, &name.into()).ok();
        let Some(job) = field("job").and_then(|j| j.as_f64()) else {
            return;
        };
        let job = job as u32;
        if let Some(done) = field("progress").and_then(|p| p.as_f64()) {
            let count = |name| field(name).and_then(|v| v.as_f64()).unwrap_or(0.0) as usize;
            let (read, of) = (count("read"), count("of"));
            self.tell(job, Update::Progress { done, read, of });
        } else if let Some(kind) = field("records").and_then(|k| k.as_string()) {
            if self.inner.borrow().job != job {
                return;
            }
            let Some(json) = field("json").and_then(|j| j.as_string()) else {
                return;
            };
            let mut inner = self.inner.borrow_mut();
            let read = match kind.as_str() {
                "quantities" => serde_json::from_str::<Vec<QuantityRecord>>(&json)
                    .map(|records| inner.quantities.extend(records)),
                "regions" => serde_json::from_str::<Vec<Vec<RegionSpan>>>(&json)
                    .map(|regions| inner.regions = regions),
                _ => serde_json::from_str::<Vec<ClaimRecord>>(&json)
                    .map(|records| inner.claims.extend(records)),
            };
            drop(inner);
            if let Err(why) = read {
                self.tell(
                    job,
                    Update::Failed(format!("its result could not be read ({why})")),
                );
                self.cancel();
            }
        } else if let Some(json) = field("analysis").and_then(|a| a.as_string()) {
            if self.inner.borrow().job != job {
                return;
            }
            let (documents, quantities, claims, regions) = {
                let mut inner = self.inner.borrow_mut();
                (
                    inner.documents.clone(),
                    std::mem::take(&mut inner.quantities),
                    std::mem::take(&mut inner.claims),
                    std::mem::take(&mut inner.regions),
                )
            };
            let update = match serde_json::from_str::<Analysis>(&json) {
                Ok(mut analysis) => {
                    analysis.quantities = quantities;
                    analysis.claims = claims;
                    analysis.regions = regions;
                    Update::Done(Rc::new(analysis.with_sentence_texts(&documents)))
                }
                Err(why) => Update::Failed(format!("its result could not be read ({why})")),
            };
            self.tell(job, update);
        } else {
            let why = field("error")
                .and_then(|e| e.as_string())
                .unwrap_or_else(|| "the worker stopped".to_owned());
            // A worker whose wasm trapped cannot be trusted again: the next job starts another.
            if let WorkerSlot::Running { worker, .. } =
                std::mem::take(&mut self.inner.borrow_mut().worker)
            {
                worker.terminate();
            }
            self.tell(job, Update::Failed(why));
        }
    }
}

/// Lets the browser draw and handle input before the next piece of work.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The worker's side: analyses a document set given in the stored form, calling
/// `progress(done, read, of)` as it goes and `records(kind, json)` with the quantities and the
/// claims in pieces, and returns the rest of the claims/1 JSON.
pub fn analyze_in_worker(
    stored: &str,
    progress: &js_sys::Function,
    records: &js_sys::Function,
) -> Result<String, JsValue> {
    let documents = library::decode(stored).map_err(|why| JsValue::from_str(&why))?;
    let mut analyzer = Analyzer::new(&documents);
    let report = |analyzer: &Analyzer| {
        let p = analyzer.progress();
        let _ = progress.call3(
            &JsValue::NULL,
            &p.done.into(),
            &(p.documents_read as f64).into(),
            &(p.documents as f64).into(),
        );
    };
    let mut reported = -1.0;
    loop {
        let done = analyzer.progress().done;
        // A message per percent at most: a set of many small files would flood the page.
        if done - reported >= 0.01 {
            report(&analyzer);
            reported = done;
        }
        if !analyzer.step(&documents) {
            break;
        }
    }
    report(&analyzer);
    let analysis = analyzer.finish(&documents);
    // The page has the texts: sending each claim's sentence again would double the message.
    let mut analysis = analysis.without_sentence_texts();
    let send = |kind: &str, json: serde_json::Result<String>| -> Result<(), JsValue> {
        let json = json.map_err(|why| JsValue::from_str(&why.to_string()))?;
        records.call2(&JsValue::NULL, &kind.into(), &json.into())?;
        Ok(())
    };
    for piece in analysis.quantities.chunks(RECORDS_PER_MESSAGE) {
        send("quantities", serde_json::to_string(piece))?;
    }
    for piece in analysis.claims.chunks(RECORDS_PER_MESSAGE) {
        send("claims", serde_json::to_string(piece))?;
    }
    // The reader dims page furniture by these; claims/1 leaves them out.
    send("regions", serde_json::to_string(&analysis.regions))?;
    analysis.quantities = Vec::new();
    analysis.claims = Vec::new();
    serde_json::to_string(&analysis).map_err(|why| JsValue::from_str(&why.to_string()))
}
