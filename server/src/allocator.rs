//! The C allocator's arena count. glibc gives each thread that contends for the heap an arena
//! of its own, up to eight per core, and memory freed in one arena is not reused by another:
//! a crawl pass (many tokio workers and blocking threads handing article text to each other)
//! kept ~140 MB resident with the default, against ~117 MB with four arenas, for ~10 % of the
//! pass's speed (README, "Crawl benchmark"). Other allocators and platforms ignore the setting.

/// The arena cap `pollwatch` starts with (`--malloc-arenas`).
pub const DEFAULT_ARENAS: u32 = 4;

/// Caps glibc's malloc arenas at `arenas` (0 keeps the C library's default). Call it before
/// any other thread starts: arenas already made stay. Returns whether the cap was set.
pub fn cap_arenas(arenas: u32) -> bool {
    if arenas == 0 {
        return false;
    }
    set_arena_max(arenas)
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
fn set_arena_max(arenas: u32) -> bool {
    let Ok(n) = libc::c_int::try_from(arenas) else {
        return false;
    };
    // SAFETY: `mallopt` only records a tuning parameter; glibc documents M_ARENA_MAX as safe
    // to set at any time, and no other thread is running yet.
    unsafe { libc::mallopt(libc::M_ARENA_MAX, n) == 1 }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn set_arena_max(_arenas: u32) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_keeps_the_default_and_a_count_is_applied_on_glibc() {
        assert!(!cap_arenas(0));
        assert_eq!(
            cap_arenas(4),
            cfg!(all(target_os = "linux", target_env = "gnu"))
        );
    }
}
