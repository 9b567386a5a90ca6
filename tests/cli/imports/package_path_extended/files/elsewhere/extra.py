print('extra runs from elsewhere')
