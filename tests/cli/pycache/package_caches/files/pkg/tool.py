from .deep import leaf
