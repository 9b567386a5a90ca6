import top.a.b.c
