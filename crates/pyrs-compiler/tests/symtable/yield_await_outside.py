# CPython's symbol table accepts these; the code generator rejects them.
yield 1
await x
return 2
