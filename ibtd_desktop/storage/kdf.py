"""Argon2id key derivation for key slots, and its calibration to about half a second.

Parameters are recorded per slot, so a slot made on a slow laptop keeps opening on a fast one
and vice versa. Memory never goes below ``MIN_MEMORY_KIB`` (64 MiB): memory hardness is what
makes a stolen slot file expensive to attack on GPUs.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

MIN_MEMORY_KIB = 64 * 1024
MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB: beyond this a laptop starts swapping
MAX_TIME_COST = 64
MAX_PARALLELISM = 16
DEFAULT_TARGET_SECONDS = 0.5
PREFERRED_TIME_COST = 3
PROBES = 3
KEY_BYTES = 32
SALT_BYTES = 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: passes, memory in KiB, lanes."""

    time_cost: int
    memory_kib: int
    parallelism: int

    def validate(self) -> None:
        """Raise ``ValueError`` for parameters we would never write (an edited slot, a DoS)."""
        if not (1 <= self.time_cost <= MAX_TIME_COST):
            raise ValueError("time_cost out of range")
        if not (MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB):
            raise ValueError("memory out of range")
        if not (1 <= self.parallelism <= MAX_PARALLELISM):
            raise ValueError("parallelism out of range")

    def as_dict(self) -> dict[str, int]:
        return {"t": self.time_cost, "m_kib": self.memory_kib, "p": self.parallelism}

    @classmethod
    def from_dict(cls, data: dict) -> "KdfParams":
        params = cls(int(data["t"]), int(data["m_kib"]), int(data["p"]))
        params.validate()
        return params


# Cheap parameters at the memory floor; the test suite uses these (fixture ``fast_kdf``).
FLOOR_PARAMS = KdfParams(time_cost=1, memory_kib=MIN_MEMORY_KIB, parallelism=1)


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    params.validate()
    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def measure(params: KdfParams, clock: Callable[[], float] = time.perf_counter) -> float:
    """Seconds one derivation with ``params`` takes here."""
    start = clock()
    derive_key("calibration", b"\0" * SALT_BYTES, params)
    return clock() - start


def calibrate(
    target_seconds: float = DEFAULT_TARGET_SECONDS,
    *,
    cost_of: Callable[[KdfParams], float] = measure,
    parallelism: int | None = None,
) -> KdfParams:
    """Parameters that take about ``target_seconds`` on this machine.

    ``cost_of`` is the seam: tests inject a cost model instead of timing. We time one pass at
    the memory floor, then spend the budget on memory first (at ``PREFERRED_TIME_COST`` passes,
    up to 1 GiB), then on more passes; on a slow machine we drop passes but never memory.
    """
    lanes = parallelism or max(1, min(4, os.cpu_count() or 1))
    probe = KdfParams(1, MIN_MEMORY_KIB, lanes)
    # Best of a few probes: other load only ever adds time, and would weaken the parameters.
    seconds = min(cost_of(probe) for _ in range(PROBES))
    seconds_per_pass_per_kib = max(seconds, 1e-9) / MIN_MEMORY_KIB
    budget_kib_passes = target_seconds / seconds_per_pass_per_kib

    time_cost = PREFERRED_TIME_COST
    memory = int(budget_kib_passes / time_cost)
    if memory > MAX_MEMORY_KIB:
        memory = MAX_MEMORY_KIB
        time_cost = min(MAX_TIME_COST, max(PREFERRED_TIME_COST, round(budget_kib_passes / memory)))
    elif memory < MIN_MEMORY_KIB:
        memory = MIN_MEMORY_KIB
        time_cost = max(1, min(PREFERRED_TIME_COST, round(budget_kib_passes / memory)))
    memory -= memory % (8 * lanes)  # Argon2 wants a multiple of 8 KiB per lane
    params = KdfParams(time_cost, max(memory, MIN_MEMORY_KIB), lanes)
    params.validate()
    return params


def params_for_new_slot() -> KdfParams:
    """The parameters a new or rewrapped slot gets (the test suite swaps in ``FLOOR_PARAMS``)."""
    return calibrate()
