"""Docstring first is allowed."""
from __future__ import annotations
from __future__ import (division, print_function)
from __future__ import generator_stop as gs
import os
