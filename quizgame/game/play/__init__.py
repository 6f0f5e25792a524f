"""The student-play core: the rules an answer is held to, in both modes.

A self-paced room (each player at their own pace) and a live room (the
teacher's pace, quizgame.game.live) differ in how a question reaches the player and when its clock
starts; from the moment the player answers they are the same game, and `submit_answer` is the one
place that plays it: the room must be open, the choices are mapped back from the player's screen,
the time limit, the streak and the scoring are applied, and the first answer stored stands.

    rules   the time limit, the streak, what a player's screen positions mean
    submit  submit_answer and what it returns
    store   the delivery and the answer, each inserted once
"""
