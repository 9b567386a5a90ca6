S = 'sib.S'
