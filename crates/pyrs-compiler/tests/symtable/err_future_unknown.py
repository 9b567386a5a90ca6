"""doc"""
from __future__ import spam, annotations
