//! The browser app. `trunk build` compiles it for wasm32 with `--features web`
//! (see `www/index.html`); it is not built natively.

fn main() {
    claimscope::ui::start();
}
