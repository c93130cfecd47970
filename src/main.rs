//! The `paraphe` command: the command line itself is `paraphe::cli`.

use std::process::ExitCode;

// Extraction allocates many small, short-lived strings and vectors per
// article; mimalloc serves those faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    paraphe::cli::main()
}
