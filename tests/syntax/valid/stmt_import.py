import os
import os.path
import os.path as osp, sys
import a.b.c as d
import collections, functools as ft, itertools
