// Warns two minutes before a signed-in session ends for lack of activity, and keeps it when the
// user says so or is typing. The server decides the end (SessionStore); this only talks to it.
(() => {
    const meta = document.querySelector('meta[name="nlb-idle-minutes"]');
    const box = document.getElementById('idle-warning');
    if (!meta || !box) {
        return;
    }

    const idleMs = Number(meta.content) * 60_000;
    const warnMs = Math.min(2 * 60_000, idleMs / 2);
    const text = document.getElementById('idle-text');
    const stay = document.getElementById('idle-stay');
    const signIn = document.getElementById('idle-signin');
    let lastContact = Date.now();
    let typed = false;
    let ended = false;

    const showEnded = () => {
        ended = true;
        text.textContent = 'Phiên làm việc đã kết thúc. Nội dung bạn nhập vẫn còn trên trang: đăng nhập lại ở thẻ mới, rồi quay lại đây và bấm Lưu.';
        stay.hidden = true;
        signIn.hidden = false;
        box.hidden = false;
    };

    const keepAlive = async () => {
        try {
            const answer = await fetch('/Account/KeepAlive', { credentials: 'same-origin', cache: 'no-store', redirect: 'manual' });
            if (answer.status === 204) {
                lastContact = Date.now();
                typed = false;
                if (ended) {
                    ended = false;
                    stay.hidden = false;
                    signIn.hidden = true;
                }

                box.hidden = true;
                return;
            }
        } catch {
            // Offline for a moment: the next tick tries again.
            return;
        }

        showEnded();
    };

    document.addEventListener('input', () => { typed = true; }, true);
    stay.addEventListener('click', keepAlive);
    window.addEventListener('focus', () => { if (ended) { keepAlive(); } });

    setInterval(() => {
        const idle = Date.now() - lastContact;
        if (ended) {
            return;
        }

        if (typed && idle >= 60_000) {
            keepAlive(); // typing is work: the session stays
        } else if (idle >= idleMs) {
            keepAlive(); // asks the server, which has the last word
        } else if (idle >= idleMs - warnMs) {
            box.hidden = false;
        }
    }, 10_000);
})();
