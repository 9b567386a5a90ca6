a = "text"
b = 5
c = (a
     - b)
