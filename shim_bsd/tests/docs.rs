//! `docs/COMPATIBILITY.md` carries the syscall status table generated from
//! the handler table; this test fails when they differ. Run it with
//! `RUNNER_UPDATE_DOCS=1` to rewrite the generated part.

use std::path::Path;

const BEGIN: &str =
    "<!-- BEGIN GENERATED: syscall status (cargo test -p shim_bsd --test docs) -->\n";
const END: &str = "<!-- END GENERATED -->\n";

#[test]
fn compatibility_doc_matches_the_handler_table() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/COMPATIBILITY.md");
    let doc = std::fs::read_to_string(&path).expect("docs/COMPATIBILITY.md");
    let start = doc.find(BEGIN).expect("begin marker") + BEGIN.len();
    let end = doc.find(END).expect("end marker");
    let generated = shim_bsd::sys::status_markdown();
    if std::env::var_os("RUNNER_UPDATE_DOCS").is_some() {
        let updated = format!("{}{generated}{}", &doc[..start], &doc[end..]);
        std::fs::write(&path, updated).expect("rewrite docs");
        return;
    }
    assert_eq!(
        &doc[start..end],
        generated,
        "docs/COMPATIBILITY.md is stale: run RUNNER_UPDATE_DOCS=1 cargo test -p shim_bsd --test docs"
    );
}
