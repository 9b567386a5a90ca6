print('start')
import pkg.m
