x = "é"; return x
