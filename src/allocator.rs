//! The binary's allocator: mimalloc, returning freed memory to the system
//! as soon as it is freed.
//!
//! mimalloc 3 by default returns freed memory a second later, all of it
//! at once, in whichever call happens to come next: after a big project
//! was saved or closed, that was one UI frame of 20–35 ms spent in
//! `madvise` over hundreds of megabytes (seen in `examples/perf` as single
//! slow scroll and accept frames). Returned at once, the cost is paid where
//! the memory is freed, spread out, and mostly on background threads.

/// Faster than the system allocator for the rule engine's many small
/// allocations (3–7 % on `suggest` in A/B runs of `examples/perf`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in `mimalloc.h` (the same in mimalloc 2 and 3;
/// `libmimalloc-sys` does not name it).
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Sets the allocator's options; call first thing in `main`, before any
/// other thread starts.
pub fn configure() {
    // SAFETY: `mi_option_set` writes one option value; it is called before
    // other threads exist, and mimalloc reads the value on each purge.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 0) };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_option_set_is_the_purge_delay() {
        // 1000 ms is mimalloc 3's default for `purge_delay` (options.c),
        // and no neighbouring option's (`use_numa_nodes` is 0).
        // SAFETY: reading an option value.
        assert_eq!(unsafe { libmimalloc_sys::mi_option_get(PURGE_DELAY) }, 1000);
        configure();
        assert_eq!(unsafe { libmimalloc_sys::mi_option_get(PURGE_DELAY) }, 0);
    }
}
