import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, PageOf, ParseId, Roles, Scopes, type Principal } from '@ptc/platform';
import { CreateAdultDto, CreateStudentDto, LinkContactDto, LinkTeacherDto, ListPeopleQuery, ListTeachersQuery, UpdateAdultDto, UpdateStudentDto } from '../dto/people.dto.js';
import { AdultView, AdultWithAccessView, ContactDetailView, ContactLinkView, StudentDetailView, StudentOfTeacherView, StudentView, TeacherDetailView, TeacherLinkView } from '../dto/people.views.js';
import { PeopleService } from './people.service.js';
import { InvitationsService } from '../invitations/invitations.service.js';

@ApiTags('admin: directory')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/students')
export class StudentsController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  @Scopes('directory:read')
  @Operation({ id: 'listStudents', summary: 'Students (`q` searches names)', type: PageOf(StudentView) })
  list(@Query() query: ListPeopleQuery) {
    return this.people.listStudents(query);
  }

  @Get('year-labels')
  @Scopes('directory:read')
  @Operation({ id: 'listYearLabels', summary: "The school's year groups (as the students' year labels), in order", type: [String] })
  yearLabels() {
    return this.people.yearLabels();
  }

  @Get(':id')
  @Scopes('directory:read')
  @Operation({ id: 'getStudent', summary: 'A student with their contacts and teachers', type: StudentDetailView })
  get(@Param('id', ParseId) id: string) {
    return this.people.getStudent(id);
  }

  @Post()
  @Operation({ id: 'createStudent', summary: 'A student (not from the information system)', status: 201, type: StudentView })
  create(@Body() dto: CreateStudentDto) {
    return this.people.createStudent(dto);
  }

  @Patch(':id')
  @Operation({ id: 'updateStudent', summary: 'Change a student', type: StudentView })
  update(@Param('id', ParseId) id: string, @Body() dto: UpdateStudentDto) {
    return this.people.updateStudent(id, dto);
  }

  @Delete(':id')
  @Operation({ id: 'deleteStudent', summary: 'Delete a student (their future appointments are cancelled)', status: 204 })
  remove(@Param('id', ParseId) id: string) {
    return this.people.removeStudent(id);
  }
}

@ApiTags('admin: directory')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/contacts')
export class ContactsController {
  constructor(
    private readonly people: PeopleService,
    private readonly invitations: InvitationsService,
  ) {}

  @Get()
  @Scopes('directory:read')
  @Operation({ id: 'listContacts', summary: 'Contacts: parents, guardians, carers (`q` searches names), each with their login and latest invitation', type: PageOf(AdultWithAccessView) })
  async list(@Query() query: ListPeopleQuery) {
    return this.invitations.withAccess(await this.people.listAdults('contact', query));
  }

  @Get(':id')
  @Scopes('directory:read')
  @Operation({ id: 'getContact', summary: 'A contact with their students', type: ContactDetailView })
  get(@Param('id', ParseId) id: string) {
    return this.people.getAdult('contact', id);
  }

  @Post()
  @Operation({ id: 'createContact', summary: 'A contact (not from the information system)', status: 201, type: AdultView })
  create(@Body() dto: CreateAdultDto) {
    return this.people.createAdult('contact', dto);
  }

  @Patch(':id')
  @Operation({ id: 'updateContact', summary: 'Change a contact', type: AdultView })
  update(@Param('id', ParseId) id: string, @Body() dto: UpdateAdultDto) {
    return this.people.updateAdult('contact', id, dto);
  }

  @Delete(':id')
  @Operation({ id: 'deleteContact', summary: 'Delete a contact (their login ends; future appointments are cancelled)', status: 204 })
  remove(@Param('id', ParseId) id: string) {
    return this.people.removeAdult('contact', id);
  }

  @Post(':id/links')
  @Operation({ id: 'linkContactToStudent', summary: 'Link a contact to a student with a relationship', status: 201, type: ContactLinkView })
  link(@Param('id', ParseId) id: string, @Body() dto: LinkContactDto) {
    return this.people.linkContact(id, dto);
  }

  @Delete(':id/links/:studentId')
  @Operation({ id: 'unlinkContactFromStudent', summary: 'Remove a contact’s link to a student', status: 204 })
  unlink(@Param('id', ParseId) id: string, @Param('studentId', ParseId) studentId: string) {
    return this.people.unlink('contact', id, studentId);
  }
}

@ApiTags('admin: directory')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/teachers')
export class TeachersController {
  constructor(
    private readonly people: PeopleService,
    private readonly invitations: InvitationsService,
  ) {}

  @Get()
  @Scopes('directory:read', 'schedules:read')
  @Operation({ id: 'listTeachers', summary: 'Teachers (`q` searches names, `yearLabel` keeps those of a year group), each with their login and latest invitation', type: PageOf(AdultWithAccessView) })
  async list(@Query() query: ListTeachersQuery) {
    return this.invitations.withAccess(await this.people.listAdults('teacher', query));
  }

  @Get(':id')
  @Scopes('directory:read', 'schedules:read')
  @Operation({ id: 'getTeacher', summary: 'A teacher with their students', type: TeacherDetailView })
  get(@Param('id', ParseId) id: string) {
    return this.people.getAdult('teacher', id);
  }

  @Post()
  @Operation({ id: 'createTeacher', summary: 'A teacher (not from the information system)', status: 201, type: AdultView })
  create(@Body() dto: CreateAdultDto) {
    return this.people.createAdult('teacher', dto);
  }

  @Patch(':id')
  @Operation({ id: 'updateTeacher', summary: 'Change a teacher', type: AdultView })
  update(@Param('id', ParseId) id: string, @Body() dto: UpdateAdultDto) {
    return this.people.updateAdult('teacher', id, dto);
  }

  @Delete(':id')
  @Operation({ id: 'deleteTeacher', summary: 'Delete a teacher (their login ends; future appointments are cancelled)', status: 204 })
  remove(@Param('id', ParseId) id: string) {
    return this.people.removeAdult('teacher', id);
  }

  @Post(':id/links')
  @Operation({ id: 'linkTeacherToStudent', summary: 'Link a teacher to a student (optional class or subject label)', status: 201, type: TeacherLinkView })
  link(@Param('id', ParseId) id: string, @Body() dto: LinkTeacherDto) {
    return this.people.linkTeacher(id, dto);
  }

  @Delete(':id/links/:studentId')
  @Operation({ id: 'unlinkTeacherFromStudent', summary: 'Remove a teacher’s link to a student', status: 204 })
  unlink(@Param('id', ParseId) id: string, @Param('studentId', ParseId) studentId: string) {
    return this.people.unlink('teacher', id, studentId);
  }
}

/** What teachers and parents may read about themselves and their students. */
@ApiTags('directory: own records')
@ApiBearerAuth()
@Controller()
export class OwnDirectoryController {
  constructor(private readonly people: PeopleService) {}

  @Roles('teacher')
  @Get('teacher/students')
  @Operation({ id: 'listOwnStudents', summary: 'The students linked to the calling teacher', type: [StudentOfTeacherView] })
  teacherStudents(@CurrentPrincipal() principal: Principal) {
    return this.people.studentsOfTeacher(principal.personId);
  }

  @Roles('parent')
  @Get('parent/contact')
  @Operation({ id: 'getOwnContact', summary: 'The calling parent’s contact record with their students', type: ContactDetailView })
  parentContact(@CurrentPrincipal() principal: Principal) {
    return this.people.ownContact(principal.personId);
  }
}
