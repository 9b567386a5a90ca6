print('only the script')
