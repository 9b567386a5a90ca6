-x
+x
~x
not x
- -x
-(-x)
--x
-+~x
-1
-1.5
-1j
- 2 ** 2
not -x
