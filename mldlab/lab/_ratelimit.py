"""A token bucket: at most ``rate`` requests a second on average, with bursts of up to ``burst``.

The bucket holds up to ``burst`` tokens and gains ``rate`` tokens a second; each request takes one token and is
refused when none is left. A page that loads sends a few requests at once (the burst), a flood is cut to ``rate``.

Examples
--------
>>> clock = [0.0]
>>> bucket = TokenBucket(rate=2, burst=3, clock=lambda: clock[0])
>>> [bucket.take() for _ in range(4)]
[True, True, True, False]
>>> clock[0] = 0.5                      # half a second later: one token more
>>> bucket.take(), bucket.take()
(True, False)
"""

import time


class TokenBucket:
    """``rate`` tokens a second, at most ``burst`` in store; ``take()`` spends one if there is one."""

    def __init__(self, rate: float, burst: int, clock=time.monotonic):
        self.rate, self.burst, self._clock = float(rate), float(burst), clock
        self._tokens, self._last = float(burst), clock()

    def take(self) -> bool:
        """Spend one token; False (and nothing spent) when the bucket is empty."""
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
        self._last = now
        if self._tokens < 1:
            return False
        self._tokens -= 1
        return True
