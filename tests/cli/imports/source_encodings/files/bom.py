S = 'with bom é'
