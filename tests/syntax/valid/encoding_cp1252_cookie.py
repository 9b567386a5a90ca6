# coding=cp1252
quote = '“hi” €'
