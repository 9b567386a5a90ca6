import os
import os.path
import os.path as osp
import a.b.c as d
from sys import argv, path as p
from . import sibling
from ..pkg import *
