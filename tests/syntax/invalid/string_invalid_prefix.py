s = bu'text'
