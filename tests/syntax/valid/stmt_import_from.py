from os import path
from os import path as p, sep
from os.path import (join, split as sp,)
from . import sibling
from .. import parent
from ... import grand
from .... import great
from .mod import name
from ..pkg.mod import (a,
                       b,
                       c)
from ...... import six_dots
from .... . x import y
from __future__ import annotations
from x import *
