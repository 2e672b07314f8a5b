/*
 * The quiz page: saves each answer through the attempts API the moment it is given, and never
 * loses one. Every change gets a sequence number and goes first into a queue in localStorage, so
 * an answer given offline, or while the page is being closed, is still there on the next load and
 * is sent when the connection returns; the server ignores anything older than what it holds.
 * The deadline belongs to the server: the timer only shows the time the server said was left.
 */
(function () {
    'use strict';
    var root = document.getElementById('quiz');
    if (!root) {
        return;
    }
    var attempt = root.dataset.attempt;
    var api = root.dataset.api;
    var storeKey = 'pendamping.quiz.' + attempt;
    var msg = function (name) { return root.dataset['msg' + name.charAt(0).toUpperCase() + name.slice(1)] || ''; };
    var queue = readQueue();
    var sequences = {};
    var sending = false;
    var finished = false;
    var endsAt = performance.now() + Number(root.dataset.remaining) * 1000;

    function readQueue() {
        try {
            return JSON.parse(localStorage.getItem(storeKey) || '{}');
        } catch (e) {
            return {};
        }
    }

    function writeQueue() {
        try {
            localStorage.setItem(storeKey, JSON.stringify(queue));
        } catch (e) {
            // storage full or blocked: the answer stays queued in memory and is still sent
        }
    }

    function items() {
        return Array.prototype.slice.call(root.querySelectorAll('.quiz-item'));
    }

    function itemAt(position) {
        return document.getElementById('item-' + position);
    }

    function setState(item, text, kind) {
        var state = item.querySelector('.save-state');
        state.textContent = text;
        state.className = 'save-state' + (kind ? ' save-state--' + kind : '');
    }

    // Reading and writing an item's answer in the page ------------------------------------------

    function responseOf(item) {
        var type = item.dataset.type;
        var position = item.dataset.position;
        if (type === 'single') {
            var picked = item.querySelector('input[name="item-' + position + '"]:checked');
            return picked ? { choice: Number(picked.value) } : null;
        }
        if (type === 'multiple') {
            return { choices: Array.prototype.map.call(item.querySelectorAll('input:checked'), function (i) { return Number(i.value); }) };
        }
        if (type === 'truefalse') {
            var value = item.querySelector('input:checked');
            return value ? { truefalse: value.value === 'true' } : null;
        }
        if (type === 'matching') {
            var selects = Array.prototype.slice.call(item.querySelectorAll('select'));
            selects.sort(function (a, b) { return Number(a.dataset.left) - Number(b.dataset.left); });
            return { matches: selects.map(function (s) { return Number(s.value); }) };
        }
        if (type === 'ordering') {
            return { order: Array.prototype.map.call(item.querySelectorAll('.ordering > li'), function (li) { return Number(li.dataset.step); }) };
        }
        var text = item.querySelector('.text-answer').value;
        return type === 'numerical' ? { number: text.replace(',', '.').trim() } : { text: text };
    }

    function show(item, response) {
        if (!response) {
            return;
        }
        var type = item.dataset.type;
        if (type === 'single') {
            check(item, String(response.choice));
        } else if (type === 'multiple') {
            item.querySelectorAll('input').forEach(function (input) {
                input.checked = response.choices.indexOf(Number(input.value)) >= 0;
            });
        } else if (type === 'truefalse') {
            check(item, String(response.truefalse));
        } else if (type === 'matching') {
            item.querySelectorAll('select').forEach(function (select) {
                select.value = String(response.matches[Number(select.dataset.left)]);
            });
        } else if (type === 'ordering') {
            var list = item.querySelector('.ordering');
            response.order.forEach(function (step) {
                var li = list.querySelector('li[data-step="' + step + '"]');
                if (li) {
                    list.appendChild(li);
                }
            });
        } else {
            item.querySelector('.text-answer').value = type === 'numerical' ? response.number : response.text;
        }
    }

    function check(item, value) {
        item.querySelectorAll('input').forEach(function (input) {
            input.checked = input.value === value;
        });
    }

    // Saving -------------------------------------------------------------------------------------

    function answered(item) {
        var position = item.dataset.position;
        var response = responseOf(item);
        if (!response) {
            return;
        }
        // Above what this page and the server have used, and above the clock, so an answer given on a
        // second device after this one is newer than anything this one sent before.
        var sequence = Math.max((sequences[position] || 0) + 1, Date.now());
        sequences[position] = sequence;
        queue[position] = { response: response, sequence: sequence };
        writeQueue();
        setState(item, msg('saving'), 'saving');
        flush();
    }

    function flush() {
        if (sending || finished) {
            return;
        }
        var positions = Object.keys(queue);
        if (positions.length === 0) {
            return;
        }
        sending = true;
        var position = positions[0];
        var entry = queue[position];
        fetch(api + '/attempts/' + attempt + '/answers/' + position, {
            method: 'PUT',
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
            body: JSON.stringify(entry)
        }).then(function (reply) {
            return reply.json().catch(function () { return {}; }).then(function (body) {
                sending = false;
                handleReply(position, entry, reply.status, body);
            });
        }, function () {
            sending = false;
            connection(false);
            Object.keys(queue).forEach(function (p) { setState(itemAt(p), msg('queued'), 'queued'); });
        });
    }

    function handleReply(position, entry, status, body) {
        var item = itemAt(position);
        if (status === 200) {
            connection(true);
            if (queue[position] && queue[position].sequence <= body.sequence) {
                delete queue[position];
                writeQueue();
            }
            if (!queue[position]) {
                setState(item, msg('saved'), 'saved');
            }
            flush();
        } else if (status === 409 || status === 404) {
            finish(body.type && body.type.indexOf('time-up') >= 0 ? msg('timeup') : msg('closed'));
        } else if (status === 400) {
            delete queue[position];
            writeQueue();
            setState(item, body.title || msg('error'), 'error');
            flush();
        } else {
            // 401 after a lost session, 5xx while the server restarts: keep it, try again shortly
            setState(item, msg('queued'), 'queued');
            connection(false);
        }
    }

    function connection(online) {
        var note = document.getElementById('connection');
        var text = online ? (Object.keys(queue).length ? msg('pending') : msg('online')) : msg('offline');
        if (note.textContent !== text) {
            note.textContent = text;
        }
        note.className = 'quiz-connection' + (online ? '' : ' quiz-connection--offline');
    }

    // Closing ------------------------------------------------------------------------------------

    function finish(message) {
        if (finished) {
            return;
        }
        finished = true;
        localStorage.removeItem(storeKey);
        var alert = document.getElementById('quiz-alert');
        alert.textContent = message;
        alert.hidden = false;
        setTimeout(function () { window.location.assign(root.dataset.result); }, 2500);
    }

    function submit() {
        var unanswered = items().filter(function (item) { return !responseOf(item) || isBlank(item); }).length;
        var question = msg('confirm') + (unanswered ? ' ' + msg('unanswered').replace('{0}', unanswered) : '');
        if (!window.confirm(question)) {
            return;
        }
        sendAllThen(function () {
            fetch(api + '/attempts/' + attempt + '/submission', {
                method: 'POST', credentials: 'same-origin',
                headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' }, body: '{}'
            }).then(function (reply) {
                if (reply.ok || reply.status === 409) {
                    finished = true;
                    localStorage.removeItem(storeKey);
                    window.location.assign(root.dataset.result);
                } else {
                    showAlert(msg('error'));
                }
            }, function () { showAlert(msg('offline')); });
        });
    }

    function isBlank(item) {
        var field = item.querySelector('.text-answer');
        return field && field.value.trim() === '';
    }

    function sendAllThen(next) {
        if (Object.keys(queue).length === 0) {
            next();
            return;
        }
        flush();
        var waited = 0;
        var poll = setInterval(function () {
            waited += 200;
            if (Object.keys(queue).length === 0 || waited > 10000) {
                clearInterval(poll);
                if (Object.keys(queue).length === 0) {
                    next();
                } else {
                    showAlert(msg('offline'));
                }
            } else if (!sending) {
                flush();
            }
        }, 200);
    }

    function showAlert(text) {
        var alert = document.getElementById('quiz-alert');
        alert.textContent = text;
        alert.hidden = false;
    }

    function tick() {
        var left = Math.max(0, Math.round((endsAt - performance.now()) / 1000));
        var minutes = Math.floor(left / 60);
        var seconds = left % 60;
        document.getElementById('timer').textContent = minutes + ':' + (seconds < 10 ? '0' : '') + seconds;
        if (left === 0 && !finished) {
            // The server closes the attempt itself; send what is queued while the grace period lasts.
            sendAllThen(function () { finish(msg('timeup')); });
            clearInterval(timer);
        }
    }

    // Ordering by keyboard: move buttons, and the new place is read out ---------------------------

    function move(button, up) {
        var li = button.closest('li');
        var list = li.parentNode;
        var sibling = up ? li.previousElementSibling : li.nextElementSibling;
        if (!sibling) {
            return;
        }
        list.insertBefore(li, up ? sibling : sibling.nextElementSibling);
        button.focus();
        var place = Array.prototype.indexOf.call(list.children, li) + 1;
        setState(li.closest('.quiz-item'), msg('moved').replace('{0}', place), 'saving');
        answered(li.closest('.quiz-item'));
    }

    // Start ----------------------------------------------------------------------------------------

    items().forEach(function (item) {
        var position = item.dataset.position;
        sequences[position] = Number(item.dataset.sequence) || 0;
        if (item.dataset.saved) {
            show(item, JSON.parse(item.dataset.saved));
            setState(item, msg('saved'), 'saved');
        }
        var pending = queue[position];
        if (pending && pending.sequence > sequences[position]) {
            show(item, pending.response);
            sequences[position] = pending.sequence;
            setState(item, msg('queued'), 'queued');
        } else if (pending) {
            delete queue[position];
        }
    });
    writeQueue();

    root.addEventListener('change', function (event) {
        var item = event.target.closest('.quiz-item');
        if (item && !event.target.classList.contains('text-answer')) {
            answered(item);
        }
    });
    var typing = {};
    root.addEventListener('input', function (event) {
        if (!event.target.classList.contains('text-answer')) {
            return;
        }
        var item = event.target.closest('.quiz-item');
        clearTimeout(typing[item.dataset.position]);
        typing[item.dataset.position] = setTimeout(function () { answered(item); }, 800);
    });
    root.addEventListener('focusout', function (event) {
        if (event.target.classList.contains('text-answer')) {
            var item = event.target.closest('.quiz-item');
            clearTimeout(typing[item.dataset.position]);
            answered(item);
        }
    });
    root.addEventListener('click', function (event) {
        var button = event.target.closest('button');
        if (!button) {
            return;
        }
        if (button.classList.contains('move-up') || button.classList.contains('move-down')) {
            move(button, button.classList.contains('move-up'));
        } else if (button.id === 'submit-quiz') {
            submit();
        }
    });
    window.addEventListener('online', function () { connection(true); flush(); });
    window.addEventListener('offline', function () { connection(false); });
    setInterval(flush, 5000);
    var timer = setInterval(tick, 1000);
    tick();
    connection(navigator.onLine);
    flush();
}());
