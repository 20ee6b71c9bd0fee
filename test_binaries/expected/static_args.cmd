one
two words

