if x:
    a = 1
  
	
            
    b = 2
        # deeper comment
  # shallower comment
    c = 3
