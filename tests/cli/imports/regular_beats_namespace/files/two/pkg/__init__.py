print('regular package init')
