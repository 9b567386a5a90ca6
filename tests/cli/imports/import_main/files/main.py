NAME = 'from main'
import helper
print(helper.who())
