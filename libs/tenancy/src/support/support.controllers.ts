import { Body, Controller, Get, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, Operation, ParseId, RequestContext, Roles, type Principal } from '@ptc/platform';
import { LogSupportEntryDto, OpenSupportCaseDto, SupportCaseStatusDto, SupportCaseView } from './support.dto.js';
import { SupportService } from './support.service.js';

/** A file as downloaded under its name, as bytes (its declared type is in the case's listing): a browser saves it, never renders it. */
function sendFile(reply: FastifyReply, file: { filename: string; content: Buffer }) {
  return reply
    .header('content-type', 'application/octet-stream')
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
    .header('x-content-type-options', 'nosniff')
    .send(file.content);
}

@ApiTags('operator: schools')
@ApiBearerAuth()
@Roles('operator')
@Controller('operator/schools/:id/support-cases')
export class OperatorSupportController {
  constructor(private readonly support: SupportService) {}

  @Get()
  @Operation({ id: 'listSupportCasesForOperator', summary: "A school's support cases, newest first, with their calls and emails", type: [SupportCaseView] })
  list(@Param('id', ParseId) id: string) {
    return this.support.list(id);
  }

  @Post()
  @Operation({ id: 'openSupportCase', summary: 'Open a support case with a school', status: 201, type: SupportCaseView })
  open(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Body() dto: OpenSupportCaseDto) {
    return this.support.open(principal, id, dto.subject);
  }

  @Post(':caseId/entries')
  @Operation({ id: 'logSupportEntry', summary: 'Log a call or an email (with its attachments, stored encrypted) in a case', status: 201, type: SupportCaseView })
  log(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Param('caseId', ParseId) caseId: string, @Body() dto: LogSupportEntryDto) {
    return this.support.log(principal, id, caseId, dto);
  }

  @Put(':caseId/status')
  @Operation({ id: 'setSupportCaseStatus', summary: 'Close or reopen a case', type: SupportCaseView })
  status(@Param('id', ParseId) id: string, @Param('caseId', ParseId) caseId: string, @Body() dto: SupportCaseStatusDto) {
    return this.support.setStatus(id, caseId, dto.status);
  }

  @Get(':caseId/attachments/:attachmentId')
  @Operation({ id: 'downloadSupportAttachmentForOperator', summary: 'An attachment as received', produces: 'application/octet-stream' })
  async attachment(@Param('id', ParseId) id: string, @Param('attachmentId', ParseId) attachmentId: string, @Res() reply: FastifyReply) {
    return sendFile(reply, await this.support.attachment(id, attachmentId));
  }
}

@ApiTags('school')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/support-cases')
export class AdminSupportController {
  constructor(private readonly support: SupportService) {}

  @Get()
  @Operation({ id: 'listSupportCases', summary: "The school's support cases with PTC's support, newest first, with their calls and emails", type: [SupportCaseView] })
  list() {
    return this.support.list(RequestContext.schoolId()!);
  }

  @Get(':caseId/attachments/:attachmentId')
  @Operation({ id: 'downloadSupportAttachment', summary: 'An attachment of one of the school’s support cases, as received', produces: 'application/octet-stream' })
  async attachment(@Param('attachmentId', ParseId) attachmentId: string, @Res() reply: FastifyReply) {
    return sendFile(reply, await this.support.attachment(RequestContext.schoolId()!, attachmentId));
  }
}
