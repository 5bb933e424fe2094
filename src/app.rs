pub fn run(_p: &[std::path::PathBuf], _t: crate::cli::ThemeName, _present: bool) -> i32 { 0 }
