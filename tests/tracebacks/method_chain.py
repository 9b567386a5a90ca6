text = "a,b,c"
count = text.split(",").size
