obj.class = 1
