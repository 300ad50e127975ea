//! The few browser services the page uses, each with its failure in plain words: local storage,
//! downloads made in the page (blob URLs, no network), reading chosen or dropped files, and
//! the corpus a saved page carries.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const STORAGE_KEY: &str = "claimscope.corpus";

/// The storage slot of one page: every file:// page shares one origin, so a saved page keeps
/// its readers' changes apart from the original's.
fn key(slot: &str) -> String {
    format!("{STORAGE_KEY}.{slot}")
}

fn storage() -> Result<web_sys::Storage, String> {
    let window = web_sys::window().ok_or("no window")?;
    window
        .local_storage()
        .ok()
        .flatten()
        .ok_or_else(|| "this browser does not allow pages to keep data here".to_owned())
}

/// The stored document set, if there is one.
pub fn load_stored(slot: &str) -> Result<Option<String>, String> {
    storage()?
        .get_item(&key(slot))
        .map_err(|_| "the browser refused to read the saved documents".to_owned())
}

/// Keeps the document set across reloads.
pub fn store(slot: &str, json: &str) -> Result<(), String> {
    storage()?
        .set_item(&key(slot), json)
        .map_err(|_| "the browser's storage for this page is full or blocked".to_owned())
}

pub fn clear_stored(slot: &str) {
    if let Ok(storage) = storage() {
        let _ = storage.remove_item(&key(slot));
    }
}

/// The corpus a saved page carries in `<script type="application/json" id="claimscope-corpus">`.
pub fn page_corpus() -> Option<String> {
    let element = gloo::utils::document().get_element_by_id("claimscope-corpus")?;
    element.text_content().filter(|t| !t.trim().is_empty())
}

/// The page's own HTML as it was loaded (kept by boot.js before the app changed the page), when
/// it is the single-file build that can be saved as a new page.
pub fn page_source() -> Option<String> {
    let window = web_sys::window()?;
    let source = js_sys::Reflect::get(&window, &JsValue::from_str("claimscopeSource")).ok()?;
    let source = source.as_string()?;
    source.contains("id=\"claimscope-wasm\"").then_some(source)
}

/// Offers `contents` as a file download, made in the page from a blob.
pub fn download(file_name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let failed = |_| format!("the browser refused to make {file_name}");
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(failed)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(failed)?;
    let document = gloo::utils::document();
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(failed)?
        .dyn_into()
        .map_err(|_| format!("the browser refused to make {file_name}"))?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Draws an SVG document on a canvas at twice its size and offers it as a PNG download; when
/// the browser refuses after the image has loaded, `failed` hears why.
pub fn download_svg_as_png(
    svg: &str,
    file_name: String,
    failed: impl Fn(String) + 'static,
) -> Result<(), String> {
    use wasm_bindgen::closure::Closure;
    const SCALE: u32 = 2;
    let refused = |_| "the browser refused to draw the image".to_owned();
    let image = web_sys::HtmlImageElement::new().map_err(refused)?;
    let loaded = image.clone();
    let draw = move || -> Result<(), String> {
        let document = gloo::utils::document();
        let canvas: web_sys::HtmlCanvasElement = document
            .create_element("canvas")
            .map_err(refused)?
            .dyn_into()
            .map_err(|_| "no canvas".to_owned())?;
        canvas.set_width(loaded.natural_width() * SCALE);
        canvas.set_height(loaded.natural_height() * SCALE);
        let context: web_sys::CanvasRenderingContext2d = canvas
            .get_context("2d")
            .map_err(refused)?
            .ok_or("no canvas")?
            .dyn_into()
            .map_err(|_| "no canvas".to_owned())?;
        context
            .scale(f64::from(SCALE), f64::from(SCALE))
            .map_err(refused)?;
        context
            .draw_image_with_html_image_element(&loaded, 0.0, 0.0)
            .map_err(refused)?;
        let url = canvas.to_data_url_with_type("image/png").map_err(refused)?;
        let anchor: web_sys::HtmlAnchorElement = document
            .create_element("a")
            .map_err(refused)?
            .dyn_into()
            .map_err(|_| "no link".to_owned())?;
        anchor.set_href(&url);
        anchor.set_download(&file_name);
        anchor.click();
        Ok(())
    };
    let onload = Closure::once_into_js(move || {
        if let Err(why) = draw() {
            failed(why);
        }
    });
    image.set_onload(Some(onload.unchecked_ref()));
    let encoded = String::from(js_sys::encode_uri_component(svg));
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
    Ok(())
}

/// The files of a file list, taken out of it now: an input's list empties when it is reset.
pub fn files_of(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads files: (name, bytes), or (name, why not).
pub async fn read_files(files: Vec<web_sys::File>) -> Vec<(String, Result<Vec<u8>, String>)> {
    let mut out = Vec::new();
    for file in files {
        let name = file.name();
        let bytes = match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => Ok(js_sys::Uint8Array::new(&buffer).to_vec()),
            Err(_) => Err(format!("{name}: the browser could not read the file")),
        };
        out.push((name, bytes));
    }
    out
}

/// Brings the board into sight: the card last opened if it is drawn, else the board's top.
pub fn scroll_to_board() {
    let document = gloo::utils::document();
    let target = document
        .query_selector("li.comparison.selected")
        .ok()
        .flatten()
        .or_else(|| document.get_element_by_id("comparisons-heading"));
    if let Some(element) = target {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Start);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// "Back to the board": the browser's Back when the page itself made the step (so that the
/// history and the view agree), else a scroll up to the board.
pub fn back_to_board() {
    let window = gloo::utils::window();
    let pushed = window
        .history()
        .ok()
        .and_then(|h| h.state().ok())
        .and_then(|s| s.as_string())
        .is_some_and(|s| s == super::app::HISTORY_MARK);
    match window.history() {
        Ok(history) if pushed => {
            let _ = history.back();
        }
        _ => scroll_to_board(),
    }
}
