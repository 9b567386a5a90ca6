print('a.b starts')
import a.missing
