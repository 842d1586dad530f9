"""``keras.models``: ``Sequential`` and ``load_model`` (a model saved with ``model.save(path)``).

Examples
--------
>>> from mldlab.keras import models
>>> models.Sequential is models.load_model.__globals__["Sequential"]
True
"""

from mldlab.keras.sequential import Sequential, load_model

__all__ = ["Sequential", "load_model"]
