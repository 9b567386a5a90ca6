# -*- coding: UTF_8 -*-
snowman = '☃'
