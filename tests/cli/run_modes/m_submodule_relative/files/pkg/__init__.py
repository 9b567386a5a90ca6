print('pkg init runs first')
