O = 'top.other.O'
