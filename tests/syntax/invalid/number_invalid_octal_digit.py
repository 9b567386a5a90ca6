mode = 0o789
