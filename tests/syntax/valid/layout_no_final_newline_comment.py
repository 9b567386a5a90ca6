x = 1
# a trailing comment