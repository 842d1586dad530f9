"""Messages of the recurrent layers (RNN, LSTM, GRU and their cells) (nn_rnn).

KEY: {"en": ..., "ko": ...}, the same {fields} in both.
"""

MESSAGES = {}
