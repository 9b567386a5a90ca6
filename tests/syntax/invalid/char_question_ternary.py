x = cond ? a : b
