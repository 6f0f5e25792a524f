"""The live game, played at the teacher's pace: the presenter on the projector drives the room
through lobby -> question -> reveal -> ... -> finished, and every student's device follows it.

    machine       the state machine: pure transitions on a Room, with the server's clock
    questions     the question the room is on, and what its screens show of it
    snapshot      the state the whole class sees, built once per room version and stored
    student_view  one student's state: the snapshot plus their own row
    presenter     what the projector shows
    answers       taking an answer
    polling       the push channel's cheap checks, and settling a room whose question is over
"""
