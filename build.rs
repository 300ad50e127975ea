//! Compiles the bundled corpus (`seeds/`) into the crate, so that the CLI and the page carry
//! their articles with them and never fetch anything.

use std::fmt::Write as _;
use std::{env, fs, path::Path};

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    seed: Vec<Seed>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Seed {
    file: String,
    title: String,
    outlet: Option<String>,
    date: Option<String>,
    url: Option<String>,
}

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let seeds_dir = Path::new(&root).join("seeds");
    let manifest_path = seeds_dir.join("seeds.toml");
    println!("cargo::rerun-if-changed={}", seeds_dir.display());
    println!("cargo::rerun-if-changed={}", manifest_path.display());

    let manifest: Manifest =
        toml::from_str(&fs::read_to_string(&manifest_path).expect("seeds/seeds.toml is readable"))
            .unwrap_or_else(|e| panic!("seeds/seeds.toml: {e}"));

    // Every article file must be described, and every description must have its file: a seed
    // silently left out of the corpus would be a quiet loss.
    let mut on_disk: Vec<String> = fs::read_dir(&seeds_dir)
        .expect("seeds/ is readable")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".txt"))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = manifest.seed.iter().map(|s| s.file.clone()).collect();
    listed.sort();
    assert_eq!(
        on_disk, listed,
        "seeds/seeds.toml must list exactly the .txt files in seeds/"
    );

    let mut out = String::from("static SEEDS: &[Seed] = &[\n");
    for seed in &manifest.seed {
        let id = seed.file.strip_suffix(".txt").expect("filtered on .txt");
        let path = seeds_dir.join(&seed.file);
        println!("cargo::rerun-if-changed={}", path.display());
        writeln!(
            out,
            "    Seed {{ id: {id:?}, title: {title:?}, outlet: {outlet:?}, date: {date:?}, url: {url:?}, text: include_str!({path:?}) }},",
            title = seed.title,
            outlet = seed.outlet,
            date = seed.date,
            url = seed.url,
            path = path.display().to_string(),
        )
        .expect("writing to a String cannot fail");
    }
    out.push_str("];\n");
    let out_path = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("seeds.rs");
    fs::write(out_path, out).expect("OUT_DIR is writable");
}
