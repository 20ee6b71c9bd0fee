//! Clocks.

use common_bsd::types::Timeval;

use crate::dispatch::Args;
use crate::errno::{SysResult, ok};

/// A host clock as (seconds, nanoseconds); (0, 0) if it cannot be read.
#[must_use]
pub fn now(clock: nix::time::ClockId) -> (i64, i64) {
    nix::time::clock_gettime(clock).map_or((0, 0), |t| (t.tv_sec(), t.tv_nsec()))
}

/// Nanoseconds of `CLOCK_MONOTONIC`, the runner's `mach_absolute_time` base.
#[must_use]
pub fn monotonic_ns() -> u64 {
    let (s, ns) = now(nix::time::ClockId::CLOCK_MONOTONIC);
    s.unsigned_abs() * 1_000_000_000 + ns.unsigned_abs()
}

/// `gettimeofday(tp, tzp, mach_absolute_time)`: fills `tp`, a zero (UTC)
/// timezone in `tzp`, and the matching `mach_absolute_time` when asked.
pub fn gettimeofday(a: &Args) -> SysResult {
    let (tp, tzp, abs) = (a.ptr::<Timeval>(0), a.ptr::<[i32; 2]>(1), a.ptr::<u64>(2));
    let (sec, nsec) = now(nix::time::ClockId::CLOCK_REALTIME);
    #[expect(
        clippy::cast_possible_truncation,
        reason = "microseconds < 10^6 fit in i32"
    )]
    let tv = Timeval {
        tv_sec: sec,
        tv_usec: (nsec / 1000) as i32,
        ..Timeval::default()
    };
    tp.write_opt(&tv)?;
    tzp.write_opt(&[0, 0])?;
    abs.write_opt(&monotonic_ns())?;
    ok(0)
}
