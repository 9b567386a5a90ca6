print('start')
import bad
