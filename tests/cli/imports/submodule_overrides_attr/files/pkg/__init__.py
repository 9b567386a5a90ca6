sub = 'a string in __init__'
