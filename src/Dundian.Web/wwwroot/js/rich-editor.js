// Turns every <textarea data-rich-editor> into a Quill editor. The textarea stays in the form (hidden) and always
// holds the editor's HTML, so the form posts as before; the server sanitises it. With data-image-upload="URL" the
// image button opens a small panel: choose a file, write the alt text (required), upload, insert.
(function () {
    'use strict';
    if (typeof Quill === 'undefined') return;

    function el(tag, className, text) {
        var e = document.createElement(tag);
        if (className) e.className = className;
        if (text) e.textContent = text;
        return e;
    }

    // Quill 2.0.3's getSemanticHTML writes every space as &nbsp;; articles want ordinary spaces.
    function html(quill) {
        if (quill.getLength() <= 1 && !quill.root.querySelector('img')) return '';
        return quill.getSemanticHTML().replace(/&nbsp;/g, ' ');
    }

    function imagePanel(quill, uploadUrl, form, sync) {
        var panel = el('div', 'rich-image-panel');
        panel.hidden = true;
        var fileLabel = el('label', null, '图片文件(jpg、png、gif、webp,不超过 5 MB)');
        var file = el('input');
        file.type = 'file';
        file.accept = '.jpg,.jpeg,.png,.gif,.webp';
        file.className = 'rich-image-file';
        fileLabel.appendChild(file);
        var altLabel = el('label', null, '图片说明(替代文字,必填)');
        var alt = el('input');
        alt.type = 'text';
        alt.maxLength = 200;
        alt.className = 'rich-image-alt';
        altLabel.appendChild(alt);
        var insert = el('button', 'button rich-image-insert', '上传并插入');
        insert.type = 'button';
        var cancel = el('button', 'button button-secondary', '取消');
        cancel.type = 'button';
        var status = el('p', 'rich-image-status');
        status.setAttribute('role', 'status');
        [fileLabel, altLabel, insert, cancel, status].forEach(function (n) { panel.appendChild(n); });

        var range = null;
        function open() {
            range = quill.getSelection(true);
            panel.hidden = false;
            status.textContent = '';
            file.focus();
        }
        function close() {
            panel.hidden = true;
            file.value = '';
            alt.value = '';
            quill.focus();
        }
        cancel.addEventListener('click', close);
        insert.addEventListener('click', function () {
            if (!file.files.length) { status.textContent = '请选择图片文件。'; return; }
            if (!alt.value.trim()) { status.textContent = '请填写图片说明(替代文字),供视障读者了解图片内容。'; alt.focus(); return; }
            var body = new FormData();
            body.append('file', file.files[0]);
            body.append('alt', alt.value.trim());
            var token = form.querySelector('input[name="__RequestVerificationToken"]');
            status.textContent = '正在上传…';
            insert.disabled = true;
            fetch(uploadUrl, {
                method: 'POST', body: body, credentials: 'same-origin',
                headers: token ? { 'RequestVerificationToken': token.value } : {}
            }).then(function (response) {
                if (response.status === 413) return { error: '图片太大,请压缩到 5 MB 以内再上传。' };
                return response.json().catch(function () { return { error: '上传失败(' + response.status + '),请重试。' }; });
            }).then(function (result) {
                insert.disabled = false;
                if (result.error) { status.textContent = result.error; return; }
                var index = range ? range.index : quill.getLength();
                quill.insertEmbed(index, 'image', result.url, 'user');
                quill.formatText(index, 1, { alt: result.alt }, 'user');
                // Make sure the alt is on the element even if the format was not applied.
                quill.root.querySelectorAll('img').forEach(function (img) {
                    if (img.getAttribute('src') === result.url && !img.getAttribute('alt')) img.setAttribute('alt', result.alt);
                });
                quill.setSelection(index + 1, 0, 'silent');
                sync();
                close();
            }).catch(function () {
                insert.disabled = false;
                status.textContent = '网络错误,图片未上传,请重试。';
            });
        });
        return { panel: panel, open: open };
    }

    document.querySelectorAll('textarea[data-rich-editor]').forEach(function (textarea) {
        var form = textarea.form;
        var uploadUrl = textarea.getAttribute('data-image-upload');
        var holder = el('div', 'rich-editor');
        var container = el('div');
        holder.appendChild(container);
        textarea.parentNode.insertBefore(holder, textarea);
        textarea.hidden = true;

        var tools = [[{ header: [2, 3, false] }], ['bold', 'italic', 'underline'], [{ list: 'ordered' }, { list: 'bullet' }],
            [{ align: [] }], ['blockquote', 'link'].concat(uploadUrl ? ['image'] : []), ['clean']];
        var quill = new Quill(container, { theme: 'snow', modules: { toolbar: tools }, placeholder: '请输入正文…' });
        quill.setContents(quill.clipboard.convert({ html: textarea.value }), 'silent');
        var label = textarea.id ? document.querySelector('label[for="' + textarea.id + '"]') : null;
        quill.root.setAttribute('aria-label', label ? label.textContent.replace('*', '').trim() : '正文');
        quill.root.setAttribute('aria-multiline', 'true');
        quill.root.setAttribute('role', 'textbox');

        function sync() { textarea.value = html(quill); }
        quill.on('text-change', sync);
        if (form) form.addEventListener('submit', sync);

        if (uploadUrl) {
            var images = imagePanel(quill, uploadUrl, form, sync);
            holder.appendChild(images.panel);
            quill.getModule('toolbar').addHandler('image', images.open);
        }
        // Toolbar buttons get Chinese names for screen readers.
        var names = { 'ql-bold': '加粗', 'ql-italic': '斜体', 'ql-underline': '下划线', 'ql-blockquote': '引用',
            'ql-link': '链接', 'ql-image': '插入图片', 'ql-clean': '清除格式' };
        holder.querySelectorAll('.ql-toolbar button').forEach(function (b) {
            var name = names[b.classList[0]];
            if (b.classList.contains('ql-list')) name = b.value === 'ordered' ? '编号列表' : '项目符号列表';
            if (name) b.setAttribute('aria-label', name);
        });
    });
})();
